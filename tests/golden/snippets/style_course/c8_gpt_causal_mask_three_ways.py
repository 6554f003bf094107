# The causal averaging trick three ways: loops, tril matrix product, masked softmax; then they compare.
import torch
from torch.nn import functional as F

torch.manual_seed(1337)
B, T, C = 2, 4, 2
x = torch.randn(B, T, C)
xbow = torch.zeros((B, T, C))
for b in range(B):
    for t in range(T):
        xprev = x[b, :t + 1]
        xbow[b, t] = torch.mean(xprev, 0)
wei = torch.tril(torch.ones(T, T))
wei = wei / wei.sum(1, keepdim=True)
xbow2 = wei @ x
tril = torch.tril(torch.ones(T, T))
wei3 = torch.zeros((T, T)).masked_fill(tril == 0, float('-inf'))
wei3 = F.softmax(wei3, dim=-1)
xbow3 = wei3 @ x
print(x[0])
print(xbow[0])
print(wei)
print(wei3)
print(torch.allclose(xbow, xbow2), torch.allclose(xbow, xbow3))
a = torch.tril(torch.ones(3, 3))
a = a / torch.sum(a, 1, keepdim=True)
b = torch.randint(0, 10, (3, 2)).float()
print(a, b, a @ b, sep='\n')
