# FGSM tutorial: the gradient of the loss w.r.t. the input, its sign, and clamped perturbed images.
import torch
import torch.nn as nn
import torch.nn.functional as F

def fgsm_attack(image, epsilon, data_grad):
    sign_data_grad = data_grad.sign()
    perturbed_image = image + epsilon * sign_data_grad
    perturbed_image = torch.clamp(perturbed_image, 0, 1)
    return perturbed_image

torch.manual_seed(1)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 3))
model.eval()
data = torch.rand(1, 1, 4, 4)
target = torch.tensor([2])
data.requires_grad = True
output = model(data)
init_pred = output.max(1, keepdim=True)[1]
print(init_pred, init_pred.item() == target.item())
loss = F.nll_loss(F.log_softmax(output, dim=1), target)
model.zero_grad()
loss.backward()
data_grad = data.grad.data
for epsilon in [0, .05, .1, .3]:
    perturbed = fgsm_attack(data, epsilon, data_grad)
    out = model(perturbed)
    final_pred = out.max(1, keepdim=True)[1]
    print(f"Epsilon: {epsilon}\tPred: {final_pred.item()}\tDelta: {(perturbed - data).abs().max().item():.4f}")
adv_ex = perturbed.squeeze().detach().cpu().numpy()
print(adv_ex.shape, adv_ex.dtype)
