# Momentum from scratch (d2l's sgd_momentum with states) against torch.optim.SGD(momentum=...).
import torch

def f_2d(x1, x2):
    return 0.1 * x1 ** 2 + 2 * x2 ** 2

def init_momentum_states(params):
    return [torch.zeros_like(p) for p in params]

def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        with torch.no_grad():
            v[:] = hyperparams["momentum"] * v + p.grad
            p[:] -= hyperparams["lr"] * v
        p.grad.data.zero_()

x = torch.tensor([-5.0, -2.0], requires_grad=True)
states = init_momentum_states([x])
trace = []
for _ in range(8):
    f_2d(x[0], x[1]).backward()
    sgd_momentum([x], states, {"lr": 0.05, "momentum": 0.5})
    trace.append(x.detach().clone())
print(torch.stack(trace))

y = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([y], lr=0.05, momentum=0.5)
for _ in range(8):
    opt.zero_grad()
    f_2d(y[0], y[1]).backward()
    opt.step()
print(y, torch.allclose(x, y))
print(opt.state[y]["momentum_buffer"], states[0])
eta, beta = 0.6, 0.5
print([round(eta * beta ** t, 4) for t in range(6)], 1 / (1 - beta))
