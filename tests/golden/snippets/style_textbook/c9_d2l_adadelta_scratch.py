# Adadelta from scratch (two state variables per parameter) and torch.optim.Adadelta side by side.
import torch

torch.manual_seed(1)
X = torch.randn(40, 2)
y = X @ torch.tensor([3.0, -1.0]) + 2.0

def init_adadelta_states(params):
    return [(torch.zeros_like(p), torch.zeros_like(p)) for p in params]

def adadelta(params, states, rho, eps=1e-5):
    for p, (s, delta) in zip(params, states):
        with torch.no_grad():
            s[:] = rho * s + (1 - rho) * torch.square(p.grad)
            g = (torch.sqrt(delta + eps) / torch.sqrt(s + eps)) * p.grad
            p[:] -= g
            delta[:] = rho * delta + (1 - rho) * g * g
        p.grad.data.zero_()

w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
states = init_adadelta_states([w, b])
w2 = torch.zeros(2, requires_grad=True)
b2 = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adadelta([w2, b2], lr=1.0, rho=0.9, eps=1e-5)
for step in range(20):
    l = ((X @ w + b - y) ** 2).mean()
    l.backward()
    adadelta([w, b], states, rho=0.9)
    opt.zero_grad()
    l2 = ((X @ w2 + b2 - y) ** 2).mean()
    l2.backward()
    opt.step()
print(l.item(), l2.item())
print(w, w2)
print(states[0][0], opt.state[w2]["square_avg"])
print(states[0][1], opt.state[w2]["acc_delta"])
