# p-norms other than 2 add |x|**p one element after another (an L1 penalty's last digits)
import torch
torch.manual_seed(1)
for n in [16, 33, 257, 5000]:
    x = torch.randn(n)
    print(n, [repr(torch.linalg.vector_norm(x, o).item()) for o in (1, 3, 0.5, 1.5)], x.norm(p=1).item())
x = torch.randn(64, 37)
for o in [1, 3]:
    print(o, x.norm(p=o, dim=1)[:4].tolist(), x.norm(p=o, dim=0)[:4].tolist(), x.t().norm(p=o, dim=1)[:3].tolist())
print(torch.linalg.vector_norm(x, 1, dim=(0, 1)), torch.linalg.vector_norm(x.view(8, 8, 37), 1, dim=(0, 2)))
w = torch.randn(20, 30, requires_grad=True)
penalty = 1e-3 * w.norm(1)
penalty.backward()
print(penalty.item(), w.grad[0, :4])
h = torch.randn(50).half() * 300
print(h.norm(), h.norm(1), torch.linalg.vector_norm(h, 3), h.float().norm())
print(torch.randn(300, dtype=torch.float64).norm(1).item())
torch.manual_seed(0)
m = torch.nn.Linear(30, 20)
m(torch.randn(8, 30)).pow(2).sum().backward()
for p in (1, 3, 2.5, 2, float('inf'), 0):
    g = [q.grad.clone() for q in m.parameters()]
    print(p, repr(torch.nn.utils.clip_grad_norm_(m.parameters(), 0.5, norm_type=p).item()))
    for q, gg in zip(m.parameters(), g): q.grad = gg
print(torch.dist(torch.randn(50), torch.randn(50), 1).item(), torch.dist(torch.randn(50), torch.randn(50), 3).item())
print(torch.nn.functional.normalize(torch.randn(4, 30), p=1, dim=1)[0, :3].tolist())
print(torch.cdist(torch.randn(3, 20), torch.randn(2, 20), p=1).tolist())
