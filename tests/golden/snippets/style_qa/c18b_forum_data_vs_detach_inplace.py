# Q: .data and .detach() look the same, why does everyone say not to use .data?
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = w.sigmoid()
out.data.zero_()
out.sum().backward()
print(w.grad)  # silently wrong: sigmoid saved its output

w2 = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out2 = w2.sigmoid()
out2.detach().zero_()
try:
    out2.sum().backward()
except RuntimeError as err:
    print(err)
