// The shared fixtures and readers (a copy of a review, the shipped outputs, PDF text) are used across the test folders.
global using ReportGen.Tests.Support;
