import warnings
import torch

# Reading .grad of an adapted (non-leaf) weight after the meta-backward
theta = torch.tensor([1.0, 2.0], requires_grad=True)
adapted = theta - 0.1 * theta ** 2
(adapted.pow(2)).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    seen = adapted.grad
print(seen, len(caught))
print(str(caught[0].message)[:90] if caught else "")
print(theta.grad)
