# activation steering: add a direction to the hidden state with a forward hook
import torch
import torch.nn as nn

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 3))
steer = torch.tensor([1.0, 0.0, -1.0, 0.5])
x = torch.tensor([[0.2, -0.3, 0.9]])
with torch.no_grad():
    before = model(x).softmax(-1)
for coeff in (0.5, 2.0):
    hd = model[1].register_forward_hook(lambda m, i, o, c=coeff: o + c * steer)
    with torch.no_grad():
        after = model(x).softmax(-1)
    hd.remove()
    print(coeff, after)
print("before", before)
