# Global average pooling three ways: mean over H, W; adaptive pool; avg_pool2d with full kernel.
import torch
import torch.nn.functional as F

torch.manual_seed(6)
x = torch.randn(2, 3, 4, 4)
a = x.mean(dim=(2, 3))
b = F.adaptive_avg_pool2d(x, 1).flatten(1)
c = F.avg_pool2d(x, kernel_size=x.shape[-2:]).squeeze(-1).squeeze(-1)
print(a)
print(torch.allclose(a, b), torch.allclose(a, c))
print(b.shape, c.shape)
print(x.amax(dim=(2, 3)).shape)
