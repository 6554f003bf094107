# A one-hidden-layer MLP written out: weights as Parameters, ReLU by clamp_min, loss per example.
import torch
import torch.nn.functional as F

torch.manual_seed(2)
d_in, d_hidden, d_out = 8, 16, 3
layer1_w = torch.nn.Parameter(0.01 * torch.randn(d_in, d_hidden))
layer1_b = torch.nn.Parameter(torch.zeros(d_hidden))
layer2_w = torch.nn.Parameter(0.01 * torch.randn(d_hidden, d_out))
layer2_b = torch.nn.Parameter(torch.zeros(d_out))
weights = [layer1_w, layer1_b, layer2_w, layer2_b]

def forward(batch):
    hidden = (batch @ layer1_w + layer1_b).clamp_min(0)
    return hidden @ layer2_w + layer2_b

inputs = torch.randn(5, d_in)
labels = torch.tensor([2, 0, 1, 1, 2])
per_example = F.cross_entropy(forward(inputs), labels, reduction='none')
print(per_example.shape, per_example.grad_fn)
per_example.mean().backward()
print([tuple(w.grad.shape) for w in weights])
print(layer2_b.grad)
print(torch.tensor([-1.0, 0.0, 2.0]).clamp_min(0), sum(w.numel() for w in weights))
