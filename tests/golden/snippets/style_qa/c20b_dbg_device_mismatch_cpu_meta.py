# checking device placement the way a GPU tutorial does, on CPU only
import torch

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(device)
model = torch.nn.Linear(2, 1).to(device)
x = torch.ones(1, 2, device=device)
print(model(x).device, next(model.parameters()).device)
print(x.is_cuda, x.device.type, x.get_device())
try:
    torch.ones(1).to("cuda:0")
except (RuntimeError, AssertionError) as e:
    print(type(e).__name__)
