# Quiz: a helper switches grad off and forgets to switch it back.
import torch

def eval_metric(model_out):
    torch.set_grad_enabled(False)
    return (model_out > 0).float().mean()

w = torch.tensor([0.5, -0.5], requires_grad=True)
print(eval_metric(w))
loss = (w ** 2).sum()
print(loss.requires_grad)
torch.set_grad_enabled(True)
print((w ** 2).sum().requires_grad)
