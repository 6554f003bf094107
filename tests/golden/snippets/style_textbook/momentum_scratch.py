# Momentum from scratch with a velocity state per parameter.
import torch

def init_momentum_states(params):
    return [torch.zeros_like(p) for p in params]

def sgd_momentum(params, states, lr, momentum):
    for p, v in zip(params, states):
        with torch.no_grad():
            v[:] = momentum * v + p.grad
            p[:] -= lr * v
        p.grad.data.zero_()

w = torch.tensor([1.0, -2.0], requires_grad=True)
states = init_momentum_states([w])
for step in range(5):
    loss = 0.1 * w[0] ** 2 + 2 * w[1] ** 2
    loss.backward()
    sgd_momentum([w], states, 0.4, 0.5)
    print(step, loss.item(), w.detach(), states[0])
