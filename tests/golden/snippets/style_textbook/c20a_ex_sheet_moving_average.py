# Exercise: exponential moving average of a noisy signal
import torch

torch.manual_seed(0)
signal = torch.sin(torch.linspace(0, 3.14, 10)) + 0.1 * torch.randn(10)
beta = 0.9
avg, out = 0.0, []
for t, s in enumerate(signal, start=1):
    avg = beta * avg + (1 - beta) * s
    out.append(avg / (1 - beta ** t))
print(torch.stack(out))
print(signal)
