# What fake quantization refuses, in PyTorch's words
import torch

x = torch.tensor([[0.5, 2.0], [1.0, -1.0]])
s, z = torch.tensor([0.1, 0.5]), torch.tensor([0, 1], dtype=torch.int32)
attempts = [
    lambda: torch.fake_quantize_per_tensor_affine(x, 0.01, 0, 10, 5),
    lambda: torch.fake_quantize_per_tensor_affine(x, 0.01, 300, 0, 255),
    lambda: torch.fake_quantize_per_tensor_affine(torch.tensor([1, 2]), 0.01, 0, 0, 255),
    lambda: torch.fake_quantize_per_tensor_affine(x, 0.01, 0.5, 0, 255),
    lambda: torch.fake_quantize_per_tensor_affine(x, torch.tensor([0.01, 0.02]), torch.tensor(0), 0, 255),
    lambda: torch.fake_quantize_per_tensor_affine(x, torch.tensor(0.1), torch.tensor(0), 9, 7),
    lambda: torch.fake_quantize_per_tensor_affine(x, torch.tensor(0.1, requires_grad=True), torch.tensor(0), -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(torch.tensor([[1, 2], [3, 4]]), s, z, 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s.double(), z, 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s, z.long(), 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s[None], z, 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s, z[None], 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s, torch.tensor([0, 1, 2], dtype=torch.int32), 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, torch.tensor([0.1, 0.2, 0.3]), torch.tensor([0, 1, 2], dtype=torch.int32), 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s, z, 2, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s, z, -1, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s, z, 0, 8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s, torch.tensor([0, 9], dtype=torch.int32), 0, -8, 7),
    lambda: torch.fake_quantize_per_channel_affine(x, s.requires_grad_(), z, 0, -8, 7),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[0])
with torch.no_grad():
    print(torch.fake_quantize_per_tensor_affine(x, torch.tensor(0.1, requires_grad=True), torch.tensor(0), -8, 7))
