# Initialisation check from the makemore lectures: the expected loss at init is -log(1/V); scaled-down
# output weights get close to it, large ones give a "hockey stick" start.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(1480)
V, n_hidden = 27, 64
X = torch.randn(32, 10, generator=g)
Y = torch.randint(0, V, (32,), generator=g)
print(-torch.tensor(1 / V).log().item())
for scale in (1.0, 0.1, 0.01, 0.0):
    W1 = torch.randn(10, n_hidden, generator=g) * (5 / 3) / 10 ** 0.5
    W2 = torch.randn(n_hidden, V, generator=g) * scale
    b2 = torch.randn(V, generator=g) * 0
    h = torch.tanh(X @ W1)
    logits = h @ W2 + b2
    print(scale, F.cross_entropy(logits, Y).item(), logits.abs().max().item())
print(F.cross_entropy(torch.zeros(4, V), torch.tensor([1, 2, 3, 4])).item())
