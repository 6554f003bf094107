# Autograd doc "locally disabling gradient computation": requires_grad, no_grad, enable_grad, inference_mode, eval.
import torch

x = torch.tensor([1.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad)

@torch.no_grad()
def doubler(x):
    return x * 2

z = doubler(x)
print(z.requires_grad)
with torch.no_grad():
    with torch.enable_grad():
        w = x * 2
print(w.requires_grad)
is_train = False
with torch.set_grad_enabled(is_train):
    u = x * 2
print(u.requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(False)
print((x * 2).requires_grad)
torch.set_grad_enabled(True)
with torch.inference_mode():
    t = x * 2
print(t.requires_grad, t.is_inference(), torch.is_inference_mode_enabled())
try:
    (t * x).sum().backward()
    print(x.grad)
except RuntimeError as e:
    print(e)
model = torch.nn.Dropout(0.5)
model.eval()
print(model.training, model(torch.ones(4)))
frozen = torch.nn.Linear(2, 2).requires_grad_(False)
print([p.requires_grad for p in frozen.parameters()], frozen(torch.ones(1, 2)).requires_grad)
