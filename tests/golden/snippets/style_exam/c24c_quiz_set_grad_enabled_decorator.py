# Quiz 31: decorators change grad mode only inside
import torch

w = torch.tensor(1.0, requires_grad=True)


@torch.no_grad()
def predict(v):
    return v * w


@torch.enable_grad()
def train_step(v):
    return v * w


print(predict(2.0).requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    print(train_step(2.0).requires_grad)
print(torch.set_grad_enabled(False))
print(torch.is_grad_enabled())
torch.set_grad_enabled(True)
