# Adam and RMSProp written from scratch (d2l style state dicts) against torch.optim over a few steps.
import torch

def f(w):
    return (w[0] - 1) ** 2 + 10 * (w[1] + 2) ** 2 + w[0] * w[1]

def rmsprop_scratch(w, s, lr=0.05, gamma=0.9, eps=1e-8):
    with torch.no_grad():
        s[:] = gamma * s + (1 - gamma) * w.grad ** 2
        w -= lr * w.grad / (torch.sqrt(s) + eps)

def adam_scratch(w, state, lr=0.05, b1=0.9, b2=0.999, eps=1e-8):
    v, s = state["v"], state["s"]
    with torch.no_grad():
        v[:] = b1 * v + (1 - b1) * w.grad
        s[:] = b2 * s + (1 - b2) * w.grad ** 2
        v_hat = v / (1 - b1 ** state["t"])
        s_hat = s / (1 - b2 ** state["t"])
        w -= lr * v_hat / (torch.sqrt(s_hat) + eps)
    state["t"] += 1

for name in ("rmsprop", "adam"):
    w1 = torch.tensor([3.0, 3.0], requires_grad=True)
    w2 = torch.tensor([3.0, 3.0], requires_grad=True)
    state = {"v": torch.zeros(2), "s": torch.zeros(2), "t": 1}
    opt = (torch.optim.RMSprop([w2], lr=0.05, alpha=0.9) if name == "rmsprop"
           else torch.optim.Adam([w2], lr=0.05))
    for step in range(8):
        w1.grad = None
        f(w1).backward()
        if name == "rmsprop":
            rmsprop_scratch(w1, state["s"])
        else:
            adam_scratch(w1, state)
        opt.zero_grad()
        f(w2).backward()
        opt.step()
    print(name, w1.detach(), w2.detach())
    print(name, (w1 - w2).abs().max().item(), f(w1).item(), f(w2).item())
