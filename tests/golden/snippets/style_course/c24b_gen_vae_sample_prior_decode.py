# sampling from the prior and decoding in eval mode under no_grad
import torch
import torch.nn as nn

torch.manual_seed(14)
decoder = nn.Sequential(nn.Linear(2, 5), nn.ReLU(), nn.Linear(5, 4), nn.Sigmoid())
decoder.eval()
with torch.no_grad():
    z = torch.randn(3, 2)
    samples = decoder(z)
print(z)
print(samples.shape, samples.requires_grad, samples.grad_fn)
print((samples > 0.5).int())
print(torch.is_grad_enabled())
