# Q: torch.set_grad_enabled as a call and as a context manager — what is the state afterwards?
import torch

weights = torch.full((2,), 0.5, requires_grad=True)
training = False
with torch.set_grad_enabled(training):
    out = weights * 4
print(out.requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(False)
frozen = weights + 1
print(frozen.requires_grad, frozen.grad_fn, torch.is_grad_enabled())
with torch.enable_grad():
    print((weights + 1).grad_fn)
torch.set_grad_enabled(True)
print((weights + 1).grad_fn)

@torch.inference_mode()
def predict(t):
    return t.exp()

result = predict(weights)
print(result.requires_grad, result.is_inference(), torch.is_grad_enabled())
