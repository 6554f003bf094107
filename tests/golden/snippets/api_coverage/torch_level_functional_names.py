import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 8)
w = torch.randn(3, 2, 3)
print(torch.conv1d(x, w, padding=1))
img = torch.randn(1, 1, 5, 5)
k = torch.randn(2, 1, 3, 3, requires_grad=True)
y = torch.conv2d(img, k, stride=2)
print(y, type(y.grad_fn).__name__)
print(torch.conv2d is F.conv2d, torch.cosine_similarity is F.cosine_similarity)
a, b = torch.randn(4, 3), torch.randn(4, 3)
print(torch.cosine_similarity(a, b), torch.pairwise_distance(a, b))
print(torch.avg_pool1d(x, 2), torch.adaptive_avg_pool1d(x, 3))
print(torch.hardshrink(torch.linspace(-1, 1, 5)), torch.prelu(torch.linspace(-1, 1, 5), torch.tensor([0.25])))
print(torch.pixel_shuffle(torch.arange(8.).reshape(1, 4, 1, 2), 2))
print(torch.pixel_unshuffle(torch.arange(16.).reshape(1, 1, 4, 4), 2).shape)
print(hasattr(torch, "conv2d"), hasattr(torch, "pixel_shuffle"))
with torch.inference_mode():
    t = torch.ones(2)
print(torch.is_inference(t), torch.is_inference(x), torch.is_conj(x), torch.is_neg(x))
try:
    torch.is_inference(3)
except TypeError as e:
    print("TypeError:", e)
