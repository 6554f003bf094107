# Q: torch.no_grad as a decorator.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

@torch.no_grad()
def predict(x):
    return x * w

@torch.inference_mode()
def predict_fast(x):
    return x * w

out = predict(torch.ones(2))
out2 = predict_fast(torch.ones(2))
print(out, out.requires_grad)
print(out2, out2.is_inference())
print((w * 2).requires_grad)
