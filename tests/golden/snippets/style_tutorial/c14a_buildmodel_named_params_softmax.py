# Build-the-model tutorial shape: a small classifier class, parameter listing with sizes, softmax probabilities.
import torch
from torch import nn


class TinyClassifier(nn.Module):
    def __init__(self, side=5, classes=4):
        super().__init__()
        self.body = nn.Sequential(nn.Flatten(), nn.Linear(side * side, 12), nn.ReLU(), nn.Linear(12, classes))

    def forward(self, img):
        return self.body(img)


torch.manual_seed(22)
clf = TinyClassifier()
print(clf)
for pname, tensor in clf.named_parameters():
    print(f"{pname:>15} {str(tuple(tensor.shape)):>8} first={tensor.view(-1)[0].item():.6f}")
batch = torch.rand(2, 5, 5)
scores = clf(batch)
probs = nn.Softmax(dim=1)(scores)
print(probs, probs.argmax(1))
print(scores.grad_fn, clf.body[1].weight[:1, :4])
print(nn.ReLU()(torch.tensor([-1.0, 0.0, 2.5])), nn.Flatten(0)(batch).shape)
