# Q: my hand-written BCE gives nan/inf for large logits - log(sigmoid(x)) vs F.logsigmoid and BCEWithLogits.
import torch
import torch.nn.functional as F

x = torch.tensor([-200.0, -20.0, 0.0, 20.0, 200.0], requires_grad=True)
y = torch.tensor([1.0, 1.0, 0.0, 0.0, 0.0])
naive = -(y * torch.log(torch.sigmoid(x)) + (1 - y) * torch.log(1 - torch.sigmoid(x)))
print(naive)
naive.sum().backward()
print(x.grad)
x.grad = None
stable = -(y * F.logsigmoid(x) + (1 - y) * F.logsigmoid(-x))
print(stable)
stable.sum().backward()
print(x.grad)
print(F.binary_cross_entropy_with_logits(x, y, reduction="none"))
print(F.binary_cross_entropy(torch.sigmoid(x), y, reduction="none"))
print(torch.sigmoid(torch.tensor([-100.0, 100.0])), torch.log1p(-torch.sigmoid(torch.tensor(40.0))))
print(torch.clamp(torch.sigmoid(x), 1e-7, 1 - 1e-7).log())
