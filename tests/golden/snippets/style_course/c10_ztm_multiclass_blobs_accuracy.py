# Zero-to-mastery notebook 02: multi-class "blobs" made with torch, a small model, logits -> probs -> labels, accuracy_fn.
import torch
from torch import nn

torch.manual_seed(42)
NUM_CLASSES, NUM_FEATURES = 4, 2
centers = torch.tensor([[-5.0, 5.0], [5.0, 5.0], [-5.0, -5.0], [5.0, -5.0]])
y_blob = torch.arange(NUM_CLASSES).repeat_interleave(50)
X_blob = centers[y_blob] + 1.5 * torch.randn(200, NUM_FEATURES)
perm = torch.randperm(200)
X_blob, y_blob = X_blob[perm], y_blob[perm]
X_train, X_test, y_train, y_test = X_blob[:160], X_blob[160:], y_blob[:160], y_blob[160:]
print(X_train[:3], y_train[:5])

def accuracy_fn(y_true, y_pred):
    correct = torch.eq(y_true, y_pred).sum().item()
    return (correct / len(y_pred)) * 100

class BlobModel(nn.Module):
    def __init__(self, input_features, output_features, hidden_units=8):
        super().__init__()
        self.linear_layer_stack = nn.Sequential(
            nn.Linear(input_features, hidden_units), nn.ReLU(),
            nn.Linear(hidden_units, hidden_units), nn.ReLU(),
            nn.Linear(hidden_units, output_features))

    def forward(self, x):
        return self.linear_layer_stack(x)

model_4 = BlobModel(NUM_FEATURES, NUM_CLASSES)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model_4.parameters(), lr=0.1)
for epoch in range(60):
    model_4.train()
    y_logits = model_4(X_train)
    y_pred = torch.softmax(y_logits, dim=1).argmax(dim=1)
    loss = loss_fn(y_logits, y_train)
    acc = accuracy_fn(y_train, y_pred)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model_4.eval()
    with torch.inference_mode():
        test_logits = model_4(X_test)
        test_pred = torch.softmax(test_logits, dim=1).argmax(dim=1)
        test_loss = loss_fn(test_logits, y_test)
        test_acc = accuracy_fn(y_test, test_pred)
    if epoch % 15 == 0:
        print(f"Epoch: {epoch} | Loss: {loss:.5f}, Acc: {acc:.2f}% | Test Loss: {test_loss:.5f}, Test Acc: {test_acc:.2f}%")
print(test_logits[:2], test_pred[:10], y_test[:10])
print(test_logits.requires_grad, test_logits.is_inference())
