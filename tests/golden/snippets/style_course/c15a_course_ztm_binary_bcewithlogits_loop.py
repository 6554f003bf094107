# ZTM-style binary classification: logits -> sigmoid -> round, accuracy in percent, printed every 10 epochs
import torch
from torch import nn

def acc_percent(truth, preds):
    return (truth == preds).sum().item() / len(preds) * 100

torch.manual_seed(42)
points = torch.randn(40, 2)
labels = ((points ** 2).sum(dim=1) < 1.2).float()
X_tr, X_te, y_tr, y_te = points[:32], points[32:], labels[:32], labels[32:]
circle_model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
bce = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(circle_model.parameters(), lr=0.1)
for epoch in range(31):
    circle_model.train()
    logits = circle_model(X_tr).squeeze()
    train_loss = bce(logits, y_tr)
    train_acc = acc_percent(y_tr, torch.round(torch.sigmoid(logits)))
    opt.zero_grad()
    train_loss.backward()
    opt.step()
    circle_model.eval()
    with torch.inference_mode():
        te_logits = circle_model(X_te).squeeze()
        te_loss = bce(te_logits, y_te)
        te_acc = acc_percent(y_te, te_logits.sigmoid().round())
    if epoch % 10 == 0:
        print(f"Epoch: {epoch} | Loss: {train_loss:.5f}, Accuracy: {train_acc:.2f}% | Test loss: {te_loss:.5f}, Test acc: {te_acc:.2f}%")
print(logits[:5], te_logits.requires_grad, te_logits.is_inference())
