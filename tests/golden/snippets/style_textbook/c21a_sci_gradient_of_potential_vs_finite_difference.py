# Electric potential of two point charges: autograd field vs finite differences.
import torch

charges = torch.tensor([1.0, -2.0], dtype=torch.float64)
where = torch.tensor([[0.0, 0.0], [2.0, 0.0]], dtype=torch.float64)
def potential(p):
    return (charges / (p - where).norm(dim=1)).sum()

p = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
(gradV,) = torch.autograd.grad(potential(p), p)
h = 1e-6
fd = torch.stack([(potential(p.detach() + h * e) - potential(p.detach() - h * e)) / (2 * h)
                  for e in torch.eye(2, dtype=torch.float64)])
print("E =", (-gradV).tolist())
print(f"{(gradV - fd).abs().max().item():.1e}")
