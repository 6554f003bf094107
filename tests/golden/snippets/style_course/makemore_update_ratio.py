# Update-to-data ratios, log10 of (lr * grad).std() / data.std() per parameter.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
W1 = torch.randn(10, 20, generator=g) / 10**0.5
W2 = torch.randn(20, 5, generator=g) * 0.1
for p in (W1, W2):
    p.requires_grad = True
x = torch.randn(16, 10, generator=g)
y = torch.randint(0, 5, (16,), generator=g)
loss = F.cross_entropy(torch.tanh(x @ W1) @ W2, y)
loss.backward()
lr = 0.1
ud = [((lr*p.grad).std() / p.data.std()).log10().item() for p in (W1, W2)]
print(ud)
print(W1.grad.shape, W2.grad.mean().item())
