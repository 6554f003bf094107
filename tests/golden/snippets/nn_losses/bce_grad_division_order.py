# Binary cross-entropy gradients at full precision: ATen divides by the element count last
# (not a product with 1/count), and writes pos_weight's gradient as (t + 1 - y) * sigmoid(x) - t.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for n in (100, 7, 30):
    p = torch.rand(n, 1).clamp(0.01, 0.99).requires_grad_()
    z = torch.randn(n, 1).requires_grad_()
    y = (torch.rand(n, 1) > 0.5).float()
    w = torch.rand(n, 1)
    pw = torch.rand(1) * 3
    F.binary_cross_entropy(p, y).backward()
    F.binary_cross_entropy_with_logits(z, y).backward()
    print(n, p.grad.view(-1)[:4].tolist(), z.grad.view(-1)[:4].tolist())
    p.grad = z.grad = None
    (3.7 * F.binary_cross_entropy(p, y, weight=w)).backward()
    F.binary_cross_entropy_with_logits(z, y, weight=w, pos_weight=pw).backward(torch.tensor(3.7))
    print(p.grad.sum().item(), z.grad.sum().item(), z.grad[:3].view(-1).tolist())
    p.grad = z.grad = None
    g = torch.rand(n, 1)
    F.binary_cross_entropy(p, y, reduction="none").backward(g)
    F.binary_cross_entropy_with_logits(z, y, reduction="sum", pos_weight=pw).backward()
    print(p.grad[:3].view(-1).tolist(), z.grad[:3].view(-1).tolist())
    print(F.binary_cross_entropy(p, y).item(), F.binary_cross_entropy(p, y, reduction="sum").item())
print(F.binary_cross_entropy(torch.empty(0), torch.empty(0)))
