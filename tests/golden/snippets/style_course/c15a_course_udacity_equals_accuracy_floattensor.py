# Udacity-style validation: top-1 class from exp(log-probs), compare with labels, average as FloatTensor
import torch
from torch import nn

torch.manual_seed(50)
classifier = nn.Sequential(nn.Linear(10, 3), nn.LogSoftmax(dim=1))
val_x = torch.randn(8, 10)
val_y = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1])
with torch.no_grad():
    log_ps = classifier(val_x)
probs = log_ps.exp()
best_p, best_cls = probs.topk(1, dim=1)
print(best_cls[:5, :])
matches = best_cls == val_y.view(*best_cls.shape)
print(matches.shape, matches.dtype)
val_acc = torch.mean(matches.type(torch.FloatTensor))
print(f"Accuracy: {val_acc.item()*100}%")
print(matches.type(torch.FloatTensor).dtype, best_p.squeeze())
val_loss = nn.NLLLoss()(log_ps, val_y)
print("Validation Loss: {:.3f}.. ".format(val_loss), "Validation Accuracy: {:.3f}".format(val_acc))
try:
    matches.mean()
except RuntimeError as e:
    print(e)
