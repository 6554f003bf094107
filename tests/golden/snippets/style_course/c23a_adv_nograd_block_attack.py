# Updating the adversarial input inside torch.no_grad keeps it a leaf
import torch

x = torch.tensor([0.2, 0.8, 0.5], requires_grad=True)
target = torch.tensor([1.0, 0.0, 1.0])
for step in range(3):
    loss = ((x - target) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        x += 0.1 * x.grad.sign()
        x.clamp_(0, 1)
    print(step, x, x.is_leaf, x.grad_fn)
    x.grad = None
print(x.grad)
