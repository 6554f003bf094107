import torch

@torch.no_grad()
def predict(w, x):
    print("inside:", torch.is_grad_enabled())
    return w * x

w = torch.tensor(3., requires_grad=True)
out = predict(w, torch.tensor(2.))
print(out, out.requires_grad)
print("outside:", torch.is_grad_enabled())
