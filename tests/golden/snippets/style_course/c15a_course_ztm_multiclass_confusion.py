# ZTM-style multi-class: softmax -> argmax predictions and confusion counts from bincount
import torch
from torch import nn

torch.manual_seed(42)
centers = torch.tensor([[2.0, 2.0], [-2.0, 2.0], [0.0, -2.0], [3.0, -3.0]])
y_blob = torch.arange(4).repeat_interleave(10)
X_blob = centers[y_blob] + torch.randn(40, 2)
model_4 = nn.Sequential(nn.Linear(2, 8), nn.Linear(8, 8), nn.Linear(8, 4))
optimizer = torch.optim.SGD(model_4.parameters(), lr=0.1)
for epoch in range(50):
    loss = nn.CrossEntropyLoss()(model_4(X_blob), y_blob)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(f"{loss.item()}")
model_4.eval()
with torch.inference_mode():
    y_logits = model_4(X_blob)
y_pred_probs = torch.softmax(y_logits, dim=1)
print(y_pred_probs[:3])
y_preds = y_pred_probs.argmax(dim=1)
confmat = torch.bincount(y_blob * 4 + y_preds, minlength=16).reshape(4, 4)
print(confmat)
print(f"Accuracy: {(y_preds == y_blob).sum().item() / len(y_blob) * 100:.1f}%")
