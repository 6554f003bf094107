import torch

# Learnable augmentation strength trained through the loss of a fixed linear model
strength = torch.tensor(0.5, requires_grad=True)
w = torch.tensor([1.0, -2.0])
x = torch.tensor([[1.0, 1.0], [2.0, 0.5], [0.0, 1.0]])
noise = torch.tensor([[0.1, -0.2], [0.3, 0.0], [-0.1, 0.4]])
for step in range(3):
    aug = x + strength * noise
    loss = ((aug * w).sum(1) - 1.0).pow(2).mean()
    g, = torch.autograd.grad(loss, strength)
    with torch.no_grad():
        strength -= 0.5 * g
    print(step, round(loss.item(), 5), round(g.item(), 5), round(strength.item(), 5))
