# F.ctc_loss / nn.CTCLoss: losses, reductions, gradients, zero_infinity, PyTorch's errors.
import torch
import torch.nn.functional as F
torch.manual_seed(0)
T, N, C = 6, 2, 4
lp = torch.randn(T, N, C).log_softmax(2).requires_grad_()
tg = torch.tensor([[1, 2, 2], [3, 1, 0]])
l = F.ctc_loss(lp, tg, (6, 5), (3, 2), reduction="none")
print(l, l.grad_fn.name(), l.grad_fn.next_functions)
m = F.ctc_loss(lp, tg, torch.tensor([6, 5]), torch.tensor([3, 2]))
print(m, m.grad_fn.next_functions)
g, = torch.autograd.grad(l.sum(), lp, create_graph=True)
print(g.grad_fn)
try:
    g.sum().backward()
except RuntimeError as e:
    print(e)
for args in [(lp, tg, (7, 5), (3, 2)), (lp, tg, (6,), (3, 2)), (lp, tg, (6, 5), (4, 2)), (lp, tg.float(), (6, 5), (3, 2)),
             (lp, tg, torch.tensor([6.0, 5.0]), (3, 2)), (lp, tg.flatten(), (6, 5), (3, 3)), (lp, tg, (6, 5), (-1, 2))]:
    try:
        print(F.ctc_loss(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    F.ctc_loss(lp, tg, (6, 5), (3, 2), blank=4)
except Exception as e:
    print(type(e).__name__, e)
print(F.ctc_loss(lp, torch.tensor([1, 1, 1, 1, 1, 1]), (6, 5), (6, 0), reduction="none"))
print(F.ctc_loss(lp, torch.tensor([1, 1, 1, 1, 1, 1]), (6, 5), (6, 0), reduction="none", zero_infinity=True))
print(F.ctc_loss(lp[:, 0], tg[0], (6,), (3,)), F.ctc_loss(lp[:, 0], tg[0], torch.tensor(6), torch.tensor(3)))
print(torch.nn.CTCLoss(blank=0, zero_infinity=True))
print(F.ctc_loss(lp.double(), tg, (6, 5), (3, 2)).dtype)

# float32 to every digit
torch.manual_seed(5)
for dt in (torch.float32,):
    for T, N, C, S in [(10, 3, 5, 4), (30, 4, 20, 10), (8, 2, 3, 3)]:
        lp = torch.randn(T, N, C, dtype=dt).log_softmax(2).detach().requires_grad_()
        tg = torch.randint(1, C, (N, S))
        il = torch.randint(S, T + 1, (N,))
        tl = torch.randint(0, S + 1, (N,))
        for red in ("none", "mean", "sum"):
            lp.grad = None
            l = F.ctc_loss(lp, tg, il, tl, reduction=red, zero_infinity=True)
            l.sum().backward()
            print(T, red, l.tolist())
            print(lp.grad.flatten()[::7].tolist())
        flat = torch.cat([tg[b, :tl[b]] for b in range(N)])
        print(F.ctc_loss(lp, flat, il, tl, reduction="none").tolist())
        print(F.ctc_loss(lp, tg, il, tl, blank=C - 1, reduction="none").tolist())
