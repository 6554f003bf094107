# Autograder: the student's hand-written losses against torch.nn.functional
import torch
import torch.nn.functional as F

pred = torch.tensor([0.9, 0.2, 0.6, 0.4])
target = torch.tensor([1.0, 0.0, 1.0, 1.0])
student = {
    "mse": ((pred - target) ** 2).mean(),
    "l1": (pred - target).abs().mean(),
    "bce": -(target * pred.log() + (1 - target) * (1 - pred).log()).mean(),
    "huber": torch.where((pred - target).abs() < 1, 0.5 * (pred - target) ** 2, (pred - target).abs() - 0.5).mean(),
}
reference = {"mse": F.mse_loss(pred, target), "l1": F.l1_loss(pred, target),
             "bce": F.binary_cross_entropy(pred, target), "huber": F.huber_loss(pred, target)}
for k in student:
    same = torch.equal(student[k], reference[k])
    print(f"{k:<6}{student[k].item():.8f} {reference[k].item():.8f} exact={same}")
