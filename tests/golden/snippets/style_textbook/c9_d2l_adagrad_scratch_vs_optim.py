# Adagrad from scratch against torch.optim.Adagrad on a small linear regression.
import torch

torch.manual_seed(0)
X = torch.randn(50, 3)
y = X @ torch.tensor([1.0, -2.0, 3.0]) + 0.5

def init_adagrad_states(params):
    return [torch.zeros_like(p) for p in params]

def adagrad(params, states, lr, eps=1e-10):
    for p, s in zip(params, states):
        with torch.no_grad():
            s[:] += torch.square(p.grad)
            p[:] -= lr * p.grad / torch.sqrt(s + eps)
        p.grad.data.zero_()

w1 = torch.zeros(3, requires_grad=True)
b1 = torch.zeros(1, requires_grad=True)
states = init_adagrad_states([w1, b1])
w2 = torch.zeros(3, requires_grad=True)
b2 = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adagrad([w2, b2], lr=0.5)
for epoch in range(10):
    l1 = ((X @ w1 + b1 - y) ** 2).mean()
    l1.backward()
    adagrad([w1, b1], states, lr=0.5)
    opt.zero_grad()
    l2 = ((X @ w2 + b2 - y) ** 2).mean()
    l2.backward()
    opt.step()
    if epoch % 3 == 0:
        print(f"epoch {epoch}: scratch {l1.item():.5f} optim {l2.item():.5f}")
print(w1, b1)
print(w2, b2)
print(states[1], opt.state[b2]["sum"])
print(torch.optim.Adagrad([w2], lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1))
