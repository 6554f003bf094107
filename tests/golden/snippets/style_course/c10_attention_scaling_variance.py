# nanoGPT lecture note: why divide by sqrt(head_size) - variance of q @ k^T and how softmax sharpens.
import torch

torch.manual_seed(1337)
B, T, head_size = 4, 8, 16
k = torch.randn(B, T, head_size)
q = torch.randn(B, T, head_size)
wei = q @ k.transpose(-2, -1)
print(f"k var {k.var():.4f} q var {q.var():.4f} wei var {wei.var():.4f}")
wei = q @ k.transpose(-2, -1) * head_size ** -0.5
print(f"scaled wei var {wei.var():.4f}")
x = torch.tensor([0.1, -0.2, 0.3, -0.2, 0.5])
print(torch.softmax(x, dim=-1))
print(torch.softmax(x * 8, dim=-1))
tril = torch.tril(torch.ones(T, T))
w = torch.zeros((T, T)).masked_fill(tril == 0, float("-inf"))
print(torch.softmax(w, dim=-1)[:3])
xbow = torch.softmax(w, dim=-1) @ torch.arange(T * 2.0).view(T, 2)
print(xbow[:4])
