import torch

# trade memory for compute: store saved activations in half precision, restore on backward
stored_dtypes = []


def to_half(t):
    stored_dtypes.append(str(t.dtype).replace("torch.", ""))
    return t.to(torch.float16)


def to_full(t):
    return t.to(torch.float32)


h = torch.tensor([0.25, -0.5, 1.0], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(to_half, to_full):
    act = torch.tanh(h) * h
print(stored_dtypes)
act.sum().backward()
print(h.grad)
exact = torch.tanh(h.detach()) + h.detach() * (1 - torch.tanh(h.detach()) ** 2)
print((h.grad - exact).abs().max() < 1e-3)
