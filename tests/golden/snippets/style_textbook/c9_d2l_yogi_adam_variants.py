# Adam's variants in the optimisation chapter: Yogi from scratch, and torch's AdamW, NAdam, RAdam, Adamax.
import torch

def yogi_step(p, s, v, t, lr=0.01, beta1=0.9, beta2=0.999, eps=1e-3):
    with torch.no_grad():
        v[:] = beta1 * v + (1 - beta1) * p.grad
        s[:] = s + (1 - beta2) * torch.sign(torch.square(p.grad) - s) * torch.square(p.grad)
        v_hat = v / (1 - beta1 ** t)
        s_hat = s / (1 - beta2 ** t)
        p[:] -= lr * v_hat / (torch.sqrt(s_hat) + eps)
    p.grad.zero_()

def loss_fn(p):
    return (p[0] - 1) ** 2 + 3 * (p[1] + 2) ** 2

p = torch.tensor([0.0, 0.0], requires_grad=True)
s, v = torch.zeros(2), torch.zeros(2)
for t in range(1, 11):
    loss_fn(p).backward()
    yogi_step(p, s, v, t, lr=0.1)
print("yogi", p.detach(), s)

for cls, kw in [(torch.optim.Adam, {}), (torch.optim.AdamW, {"weight_decay": 0.1}),
                (torch.optim.NAdam, {}), (torch.optim.RAdam, {}), (torch.optim.Adamax, {}),
                (torch.optim.Adam, {"amsgrad": True})]:
    q = torch.tensor([0.0, 0.0], requires_grad=True)
    opt = cls([q], lr=0.1, **kw)
    for _ in range(10):
        opt.zero_grad()
        loss_fn(q).backward()
        opt.step()
    print(cls.__name__, kw, q.detach(), round(loss_fn(q).item(), 5))
