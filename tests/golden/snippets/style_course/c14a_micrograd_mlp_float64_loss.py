# Scalar-autograd lecture, checked with torch: a 3-4-4-1 tanh MLP on four samples in float64, built layer by layer.
import torch

torch.manual_seed(1410)
samples = torch.tensor([[1.0, -2.0, 0.5], [0.0, 1.5, -1.0], [2.0, 0.5, 0.5], [-1.0, -1.0, 1.0]], dtype=torch.float64)
wanted = torch.tensor([-1.0, 1.0, 1.0, -1.0], dtype=torch.float64)
widths = (3, 4, 4, 1)
layers = [(torch.empty(i, o, dtype=torch.float64).uniform_(-1, 1).requires_grad_(),
           torch.empty(o, dtype=torch.float64).uniform_(-1, 1).requires_grad_()) for i, o in zip(widths, widths[1:])]
flat = [t for pair in layers for t in pair]
print(len(flat), sum(t.numel() for t in flat))
for epoch in range(8):
    act = samples
    for W, bias in layers:
        act = (act @ W + bias).tanh()
    guess = act.view(-1)
    err = (guess - wanted).pow(2).sum()
    for t in flat:
        t.grad = None
    err.backward()
    with torch.no_grad():
        for t in flat:
            t -= 0.1 * t.grad
    print(epoch, err.item())
print(guess, guess.grad_fn)
print(layers[0][0].grad)
