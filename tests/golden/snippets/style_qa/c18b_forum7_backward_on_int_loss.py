# Q: "only Tensors of floating point dtype can require gradients" in my accuracy "loss"
import torch

pred = torch.tensor([0.2, 0.8, 0.6], requires_grad=True)
target = torch.tensor([0, 1, 0])
acc_loss = 1 - ((pred > 0.5).long() == target).float().mean()
print(acc_loss, acc_loss.requires_grad)
try:
    acc_loss.backward()
except RuntimeError as err:
    print(err)
soft = torch.nn.functional.binary_cross_entropy(pred, target.float())
soft.backward()
print(pred.grad)
