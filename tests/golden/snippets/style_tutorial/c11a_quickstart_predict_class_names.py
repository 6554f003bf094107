# Quickstart-style prediction: softmax probabilities, predicted class names and a per-sample table.
import torch
from torch import nn

classes = ["T-shirt", "Trouser", "Pullover", "Dress", "Coat"]
torch.manual_seed(16)
model = nn.Sequential(nn.Flatten(), nn.Linear(16, 12), nn.ReLU(), nn.Linear(12, len(classes)))
X = torch.rand(4, 4, 4)
y = torch.tensor([1, 0, 4, 2])
model.eval()
with torch.no_grad():
    logits = model(X)
    pred_probab = nn.Softmax(dim=1)(logits)
    y_pred = pred_probab.argmax(1)
print(logits)
print(pred_probab)
print(f"Predicted class: {y_pred}")
for i in range(len(y)):
    predicted, actual = classes[y_pred[i]], classes[y[i]]
    print(f'Predicted: "{predicted}", Actual: "{actual}", confidence {pred_probab[i].max():.4f}')
top2 = pred_probab.topk(2, dim=1)
print(top2.indices.tolist(), [round(v, 4) for v in top2.values[0].tolist()])
print(pred_probab.sum(dim=1))
