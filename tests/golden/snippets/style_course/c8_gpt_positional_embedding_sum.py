# Token + position embeddings as in the GPT lecture: broadcasting (B, T, C) + (T, C), then lm_head logits.
import torch
import torch.nn as nn

torch.manual_seed(1337)
vocab_size, n_embd, block_size = 11, 8, 6
token_embedding_table = nn.Embedding(vocab_size, n_embd)
position_embedding_table = nn.Embedding(block_size, n_embd)
lm_head = nn.Linear(n_embd, vocab_size)
idx = torch.randint(0, vocab_size, (2, 5))
B, T = idx.shape
tok_emb = token_embedding_table(idx)
pos_emb = position_embedding_table(torch.arange(T))
x = tok_emb + pos_emb
print(tok_emb.shape, pos_emb.shape, x.shape)
print(torch.equal(x[1, 3], tok_emb[1, 3] + pos_emb[3]))
logits = lm_head(x)
print(logits.shape, logits.grad_fn.name())
try:
    position_embedding_table(torch.arange(block_size + 1))
except IndexError as e:
    print("IndexError:", e)
idx_cond = torch.randint(0, vocab_size, (1, 9))[:, -block_size:]
print(idx_cond.shape)
print(position_embedding_table.weight[0, :4])
