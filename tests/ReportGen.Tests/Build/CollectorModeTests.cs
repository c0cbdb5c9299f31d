using System.Runtime;
using ReportGen.Build;

namespace ReportGen.Tests.Build;

public sealed class CollectorModeTests
{
    [Fact]
    public void ForBuild_CollectsInBatchModeUntilTheLastOverlappingBuildEnds()
    {
        // Other tests build in this process at the same time, so only what holds while a scope is open is asserted.
        using (CollectorMode.ForBuild())
        {
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
            using (CollectorMode.ForBuild()) Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        }
    }
}
