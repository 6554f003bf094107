import torch

# Interpolation factor shape pitfalls in a gradient penalty for image batches
torch.manual_seed(34)
real = torch.randn(4, 1, 2, 2)
fake = torch.randn(4, 1, 2, 2)
for shape in [(4, 1, 1, 1), (4, 1), (4,)]:
    alpha = torch.rand(shape)
    try:
        mix = alpha * real + (1 - alpha) * fake
        print(shape, tuple(mix.shape))
    except RuntimeError as e:
        print(shape, e)
alpha = torch.rand(4, 1, 1, 1).expand_as(real)
print(alpha.stride(), alpha.is_contiguous())
