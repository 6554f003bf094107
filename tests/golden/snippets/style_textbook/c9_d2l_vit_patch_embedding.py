# Vision Transformer pieces: patch embedding with a strided Conv2d, class token, positional embedding.
import torch
from torch import nn

class PatchEmbedding(nn.Module):
    def __init__(self, img_size=32, patch_size=8, num_hiddens=16):
        super().__init__()
        self.num_patches = (img_size // patch_size) ** 2
        self.conv = nn.LazyConv2d(num_hiddens, kernel_size=patch_size, stride=patch_size)

    def forward(self, X):
        return self.conv(X).flatten(2).transpose(1, 2)

class ViTHead(nn.Module):
    def __init__(self, num_hiddens=16, num_classes=5, img_size=32, patch_size=8):
        super().__init__()
        self.patch_embedding = PatchEmbedding(img_size, patch_size, num_hiddens)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, num_hiddens))
        num_steps = self.patch_embedding.num_patches + 1
        self.pos_embedding = nn.Parameter(torch.randn(1, num_steps, num_hiddens) * 0.02)
        self.norm = nn.LayerNorm(num_hiddens)
        self.head = nn.Linear(num_hiddens, num_classes)

    def forward(self, X):
        X = self.patch_embedding(X)
        X = torch.cat((self.cls_token.expand(X.shape[0], -1, -1), X), 1)
        X = X + self.pos_embedding
        return self.head(self.norm(X[:, 0])), X.shape

torch.manual_seed(0)
X = torch.randn(2, 3, 32, 32)
pe = PatchEmbedding()
print(pe(X).shape, pe.num_patches)
model = ViTHead()
logits, shape = model(X)
print(logits.shape, shape)
print([(n, tuple(p.shape)) for n, p in model.named_parameters()][:4])
print(sum(p.numel() for p in model.parameters()))
