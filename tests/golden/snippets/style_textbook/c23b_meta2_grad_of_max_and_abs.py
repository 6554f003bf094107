import torch

# Subgradients at ties and kinks that inner loops hit: max, amax, abs at 0, clamp at its bounds
scores = torch.tensor([1.0, 3.0, 3.0, -2.0], requires_grad=True)
for name, reduce in (("max()", lambda t: t.max()), ("max(dim)", lambda t: t.max(dim=0).values),
                     ("amax", lambda t: t.amax())):
    scores.grad = None
    reduce(scores).backward()
    print(name, scores.grad)
kinks = torch.tensor([0.0, -1.0, 2.0], requires_grad=True)
kinks.abs().sum().backward()
print("abs", kinks.grad)
bounded = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
bounded.clamp(0.0, 1.0).sum().backward()
print("clamp", bounded.grad)
