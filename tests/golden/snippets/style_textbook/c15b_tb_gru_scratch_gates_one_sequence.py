# GRU equations by hand for a batch of two sequences; gradients reach every gate's bias.
import torch

torch.manual_seed(6)
n_in, n_h = 4, 3
shapes = {'xr': (n_in, n_h), 'hr': (n_h, n_h), 'xu': (n_in, n_h), 'hu': (n_h, n_h),
          'xc': (n_in, n_h), 'hc': (n_h, n_h)}
P = {k: (0.1 * torch.randn(*s)).requires_grad_() for k, s in shapes.items()}
for gate in 'ruc':
    P['b' + gate] = torch.zeros(n_h, requires_grad=True)

def gru_step(x, h):
    reset = torch.sigmoid(x @ P['xr'] + h @ P['hr'] + P['br'])
    update = torch.sigmoid(x @ P['xu'] + h @ P['hu'] + P['bu'])
    cand = torch.tanh(x @ P['xc'] + (reset * h) @ P['hc'] + P['bc'])
    return update * h + (1 - update) * cand

seq = torch.randn(5, 2, n_in)
h = torch.zeros(2, n_h)
states = []
for x_t in seq.unbind(0):
    h = gru_step(x_t, h)
    states.append(h)
hs = torch.stack(states, dim=1)
print(hs.shape, hs.grad_fn)
print(h)
hs.pow(2).sum().backward()
print(P['bu'].grad, P['bc'].grad)
