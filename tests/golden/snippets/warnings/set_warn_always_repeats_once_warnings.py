import torch

# a once-per-process warning shows every time after set_warn_always(True)
t = torch.tensor([3.0], requires_grad=True)
print(float(t))
print(float(t))  # shown once only
torch.set_warn_always(True)
print(torch.is_warn_always_enabled())
print(float(t * 2))
print(float(t * 3))
torch.set_warn_always(False)
print(float(t * 4))
print(torch.bucketize(torch.tensor([[1.0, 2.0], [3.0, 4.0]]).t()[0], torch.tensor([2.5])))
try:
    torch.set_num_interop_threads(0)
except RuntimeError as e:
    print(e)
